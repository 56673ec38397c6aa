/**
 * Accountability documents generated from the live configuration: the records of processing (GDPR
 * Art. 30) and a draft personal-information impact assessment (PIPL Art. 55–56), in English or
 * Simplified Chinese, as Markdown or PDF. Both are built from the same {@link
 * dev.custos.server.accountability.Facts} into one neutral {@link
 * dev.custos.server.accountability.Doc}, which a Markdown and a PDF writer render.
 */
package dev.custos.server.accountability;
