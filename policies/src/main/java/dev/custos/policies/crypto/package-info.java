/**
 * Cryptography. This is the one package that imports Bouncy Castle: everything else reaches it
 * through the small types declared here, so a move to a FIPS provider touches one place.
 */
package dev.custos.policies.crypto;
