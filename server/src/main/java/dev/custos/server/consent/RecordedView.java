package dev.custos.server.consent;

/**
 * A consent event just recorded.
 *
 * @param receiptRef give this reference to the person: with it, their signed receipt is fetched
 *     from {@code GET /api/v1/consent/receipts/{receiptRef}}
 * @param decision the decision for the purpose now
 */
public record RecordedView(
    String eventId, String subjectId, String state, String receiptRef, DecisionView decision) {

  static RecordedView of(RecordedConsent recorded, String state) {
    return new RecordedView(
        recorded.event().id().toString(),
        recorded.event().subject().value(),
        state,
        recorded.receiptRef(),
        DecisionView.of(recorded.decision()));
  }
}
