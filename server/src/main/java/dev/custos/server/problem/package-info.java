/**
 * Errors as RFC 9457 problem details: one exception type for broken rules, mappers that turn every
 * failure into problem JSON with a message a person can act on (English or Simplified Chinese, by
 * {@code Accept-Language}), and never a stack trace or an echo of input that may be personal data.
 */
package dev.custos.server.problem;
