/**
 * Finds pairs of submissions that are suspiciously similar, with JPlag's token-based comparison (robust to renaming
 * and reformatting) and the challenge's starter stub as base code.
 */
package mlgrader.similarity;
