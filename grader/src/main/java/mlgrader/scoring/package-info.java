/** Stage 6: the expected-test table read from test bytecode, and the pure function from outcomes to points. */
package mlgrader.scoring;
