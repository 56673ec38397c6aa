/** The consent ledger in the database: one append-only table of consent events and limits. */
package dev.custos.server.consent.store;
