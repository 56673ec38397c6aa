/**
 * The privacy gate: the one place every inbound record passes before anything is stored or
 * analysed. It decides field by field, from the subject's consent and the policy pack, whether a
 * field may be kept and for which purposes; encrypts what is personal under the subject's data key;
 * scans free text for personal data and keeps a redacted copy for analysis; adds blind indexes for
 * look-ups; stamps retention deadlines; and writes down every decision and its reason.
 */
package dev.custos.policies.gate;
