package dev.custos.server.consent;

import java.util.List;

/** A subject's consent state now: the decision for every purpose of the active pack. */
public record SubjectConsentView(String subjectId, String pack, List<DecisionView> purposes) {}
