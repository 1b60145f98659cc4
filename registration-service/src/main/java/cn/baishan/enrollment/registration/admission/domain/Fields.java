package cn.baishan.enrollment.registration.admission.domain;

/**
 * Checks of what admission-service sends, at the sizes registration stores. A value that breaks them
 * is a malformed event (refused with {@link IllegalArgumentException}: dead letter at once), rather than
 * a database error retried for ever while it holds the partition.
 */
final class Fields {

    private Fields() {}

    static void required(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        optional(value, max, name);
    }

    static void optional(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(name + " has more than " + max + " characters");
        }
    }
}
