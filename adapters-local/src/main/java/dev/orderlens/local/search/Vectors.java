package dev.orderlens.local.search;

/** Vector arithmetic the index needs: it stores unit vectors so that a dot product is the cosine similarity. */
final class Vectors {

    private Vectors() {
    }

    static float[] unit(float[] vector) {
        double squares = 0;
        for (float component : vector) {
            squares += component * component;
        }
        if (squares == 0) {
            throw new IllegalArgumentException("a zero vector has no direction to search by");
        }
        float scale = (float) (1 / Math.sqrt(squares));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
