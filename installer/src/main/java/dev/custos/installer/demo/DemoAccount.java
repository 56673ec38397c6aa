package dev.custos.installer.demo;

import java.util.List;

/**
 * A made-up B2B client company.
 *
 * @param externalId the account's id in the (imagined) source CRM, such as {@code ACC-0001}
 * @param name the company name, in English or Chinese
 * @param tier {@code strategic}, {@code enterprise}, {@code mid-market} or {@code smb}
 * @param region the sales region, such as {@code Greater China}
 * @param industry the client's industry, such as {@code Logistics}
 * @param products the products this client uses; its responses are about these
 * @param health how the generator lets this client answer; never sent to the server, kept so that
 *     tests and demos can tell healthy from at-risk accounts
 */
public record DemoAccount(
    String externalId,
    String name,
    String tier,
    String region,
    String industry,
    List<String> products,
    AccountHealth health) {

  public DemoAccount {
    products = List.copyOf(products);
  }
}
