package dev.custos.server.identity;

import java.util.Set;

/** The roles of Custos, as they appear in a token's {@code groups} claim. */
public final class Role {

  /** Installs and configures: connectors, keys, users. Does not read personal data. */
  public static final String CX_ADMIN = "cx-admin";

  /** Keeps purposes, consent, data-subject requests, retention and the audit trail. */
  public static final String COMPLIANCE_OFFICER = "compliance-officer";

  /** Works escalated tickets. */
  public static final String AGENT = "agent";

  /** Reviews the B2B accounts named in the token's {@code accounts} claim, and no others. */
  public static final String ACCOUNT_TEAM = "account-team";

  /** Reads dashboards and metrics; never raw identities. */
  public static final String ANALYST = "analyst";

  /** Reads audit and compliance records; changes nothing. */
  public static final String AUDITOR = "auditor";

  public static final Set<String> ALL =
      Set.of(CX_ADMIN, COMPLIANCE_OFFICER, AGENT, ACCOUNT_TEAM, ANALYST, AUDITOR);

  private Role() {}
}
