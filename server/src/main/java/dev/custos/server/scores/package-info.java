/**
 * Experience metrics from survey responses: NPS (promoters 9–10, passives 7–8, detractors 0–6;
 * score = % promoters − % detractors, from −100 to 100), CSAT (% of 4–5 answers on 1–5) and CES
 * (mean effort on 1–7), each with its 95% margin of error, grouped by account, touchpoint, channel,
 * product, region and month.
 */
package dev.custos.server.scores;
