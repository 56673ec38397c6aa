/**
 * B2B accounts: the client companies a business sells to. Each has an external id (its key in the
 * CRM), a name, a tier, a region and an industry. Company data, not personal data.
 */
package dev.custos.server.account;
