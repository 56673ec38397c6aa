/**
 * Purposes and their lawful bases as data: versioned YAML policy packs (a GDPR pack, a PIPL pack)
 * that say, per purpose, which lawful bases may be used, which one is used by default, whether
 * consent must be given separately, and which field classes the purpose may use. {@link
 * dev.custos.policies.purpose.PolicyPacks} loads and validates packs; a loaded {@link
 * dev.custos.policies.purpose.PolicyPack} is an immutable value.
 */
package dev.custos.policies.purpose;
