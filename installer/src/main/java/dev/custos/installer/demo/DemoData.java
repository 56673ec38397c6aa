package dev.custos.installer.demo;

import java.util.List;

/**
 * A complete demo data set: the accounts first, then the responses in time order.
 *
 * @param accounts the client companies
 * @param responses the survey responses, each referring to one of {@code accounts}
 */
public record DemoData(List<DemoAccount> accounts, List<DemoResponse> responses) {

  public DemoData {
    accounts = List.copyOf(accounts);
    responses = List.copyOf(responses);
  }
}
