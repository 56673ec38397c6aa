/**
 * Survey responses: one person's answers with NPS (0–10), CSAT (1–5) and CES (1–7) scores for an
 * account, touchpoint, channel and product. Scores only for now; comments and contact data come
 * through the privacy gate.
 */
package dev.custos.server.feedback;
