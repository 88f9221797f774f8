/** The process boundary around candidate code: a plain child process or, where available, a bubblewrap sandbox. */
package mlgrader.sandbox;
