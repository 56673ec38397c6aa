package dev.custos.installer.api;

/**
 * The fields of an RFC 9457 problem-details answer that the installer shows.
 *
 * @param title a short summary of the kind of problem
 * @param detail what went wrong this time, may be null
 * @param status the HTTP status
 */
record Problem(String title, String detail, int status) {

  /** {@code title: detail}, or whichever of them is present. */
  String describe() {
    if (title == null || title.isBlank()) {
      return detail;
    }
    return detail == null || detail.isBlank() ? title : title + ": " + detail;
  }
}
