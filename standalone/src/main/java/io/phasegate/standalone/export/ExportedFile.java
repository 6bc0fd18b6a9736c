package io.phasegate.standalone.export;

/**
 * One file the export wrote, as the manifest lists it.
 *
 * @param name file name inside the output directory
 * @param count sprints, statuses, fields or issues in it (1 for the board configuration)
 * @param sha256 hex SHA-256 of its bytes, which a resumed run checks before trusting the file
 * @param startAt for an issue page, the {@code startAt} it was fetched with; otherwise null
 */
public record ExportedFile(String name, int count, String sha256, Integer startAt) {

    boolean isIssuePage() {
        return startAt != null;
    }

    /** The {@code startAt} of the page after this one. */
    int nextStartAt() {
        return startAt + count;
    }
}
