/** Ed25519 signatures over a report's sections, key files, and the check that names what was altered. */
package mlgrader.signing;
