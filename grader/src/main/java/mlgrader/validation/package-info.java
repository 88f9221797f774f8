/** Proves a challenge sound: reference 100 %, mutants below, alternatives 100 %, starter 0, nothing hidden leaks. */
package mlgrader.validation;
