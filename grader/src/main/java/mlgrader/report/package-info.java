/** The canonical report model: immutable records that every stage produces pieces of and every writer renders. */
package mlgrader.report;
