/**
 * Blind indexes: keyed HMAC-SHA-256 digests of normalised identifiers (e-mail, phone, Chinese
 * resident ID), so that records from different systems can be joined into one person and erased
 * people can be suppressed, without any identifier stored in clear. A digest cannot be reversed
 * without the index key, which is derived from the master key and never stored with the data.
 */
package dev.custos.policies.blindindex;
