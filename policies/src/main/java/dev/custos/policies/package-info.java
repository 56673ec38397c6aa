/**
 * The privacy core of Custos: pure Java rules and cryptography that every inbound path and every
 * workflow calls. Nothing here depends on Jakarta EE, Camel, JPA or MicroProfile, so the rules are
 * fast, testable without a container and reusable by the installer.
 */
package dev.custos.policies;
