package dev.orderlens.local.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The US cities the sample store ships to, weighted roughly by population. */
final class UsGeography {

    private static final String[] CITIES = {
        "New York|NY|Northeast|20", "Boston|MA|Northeast|6", "Philadelphia|PA|Northeast|7", "Pittsburgh|PA|Northeast|3",
        "Newark|NJ|Northeast|3", "Jersey City|NJ|Northeast|2", "Hartford|CT|Northeast|2", "Providence|RI|Northeast|2",
        "Buffalo|NY|Northeast|2", "Portland|ME|Northeast|1", "Manchester|NH|Northeast|1", "Burlington|VT|Northeast|1",
        "Miami|FL|Southeast|7", "Orlando|FL|Southeast|5", "Tampa|FL|Southeast|5", "Jacksonville|FL|Southeast|4",
        "Atlanta|GA|Southeast|8", "Savannah|GA|Southeast|2", "Charlotte|NC|Southeast|5", "Raleigh|NC|Southeast|4",
        "Charleston|SC|Southeast|2", "Columbia|SC|Southeast|2", "Nashville|TN|Southeast|4", "Memphis|TN|Southeast|3",
        "Birmingham|AL|Southeast|2", "Richmond|VA|Southeast|3", "Virginia Beach|VA|Southeast|2", "Louisville|KY|Southeast|2",
        "New Orleans|LA|Southeast|3", "Jackson|MS|Southeast|1",
        "Chicago|IL|Midwest|12", "Columbus|OH|Midwest|4", "Cleveland|OH|Midwest|3", "Detroit|MI|Midwest|5",
        "Grand Rapids|MI|Midwest|2", "Indianapolis|IN|Midwest|4", "Milwaukee|WI|Midwest|3", "Minneapolis|MN|Midwest|5",
        "St. Louis|MO|Midwest|4", "Kansas City|MO|Midwest|3", "Des Moines|IA|Midwest|2", "Omaha|NE|Midwest|2",
        "Houston|TX|Southwest|10", "Dallas|TX|Southwest|9", "Austin|TX|Southwest|6", "San Antonio|TX|Southwest|5",
        "Phoenix|AZ|Southwest|7", "Tucson|AZ|Southwest|2", "Albuquerque|NM|Southwest|2", "Oklahoma City|OK|Southwest|3",
        "Los Angeles|CA|West|16", "San Francisco|CA|West|7", "San Diego|CA|West|6", "San Jose|CA|West|4",
        "Sacramento|CA|West|3", "Seattle|WA|West|7", "Spokane|WA|West|1", "Portland|OR|West|4", "Denver|CO|West|6",
        "Las Vegas|NV|West|4", "Salt Lake City|UT|West|3", "Boise|ID|West|2", "Honolulu|HI|West|1", "Anchorage|AK|West|1",
    };

    private final WeightedChoice<UsCity> choice;

    UsGeography() {
        List<UsCity> cities = new ArrayList<>();
        double[] weights = new double[CITIES.length];
        for (int i = 0; i < CITIES.length; i++) {
            String[] parts = CITIES[i].split("\\|");
            cities.add(new UsCity(parts[0], parts[1], parts[2]));
            weights[i] = Double.parseDouble(parts[3]);
        }
        choice = new WeightedChoice<>(cities, weights);
    }

    UsCity pick(SplittableRandom random) {
        return choice.pick(random);
    }
}
