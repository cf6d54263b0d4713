/** The command line: picocli commands, one file each, that call the stations' facades. */
package org.hustings.cli;
