package dev.orderlens.local.documents;

/**
 * A file of a folder of documents that could not be used.
 *
 * @param path its path relative to the folder
 * @param reason why, worded to follow the path ("has no text layer")
 */
public record SkippedFile(String path, String reason) {

    @Override
    public String toString() {
        return path + " " + reason;
    }
}
