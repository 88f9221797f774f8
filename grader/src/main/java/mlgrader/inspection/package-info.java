/** Stage 4: the static bytecode policy: deny-by-default allow-list, reserved packages, findings with class, method and line. */
package mlgrader.inspection;
