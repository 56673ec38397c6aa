/**
 * Demo data: a deterministic generator of made-up B2B accounts and survey responses (English and
 * Chinese client companies, 18 months of NPS, CSAT and CES answers with patterns worth charting),
 * and a loader that sends them to a running server through its REST API.
 *
 * <p>The generator does no I/O, so the same seed gives the same data and tests need no server.
 */
package dev.custos.installer.demo;
