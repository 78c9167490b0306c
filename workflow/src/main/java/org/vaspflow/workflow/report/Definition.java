package org.vaspflow.workflow.report;

/**
 * The exact definition of a reported quantity, with its citation (house rule 4), shown once in the report's
 * "Definitions" section and linked from every number that uses it.
 *
 * @param id       anchor id, e.g. {@code dband}
 * @param title    short name
 * @param text     the exact definition (energy reference, window, spin, site set)
 * @param citation where the definition comes from
 */
public record Definition(String id, String title, String text, String citation) {
}
