// The built-in profiles as checked at build time. In the source this table is empty (each profile
// is read from profiles/ and checked against the profile schema when first loaded); in the bundle
// `scripts/build.mjs` replaces this module by one holding, per profile id, the resolved data
// (inheritance applied, checked against schemas/profile.schema.json) and the text of every file it
// was built from. The installed `dvk` uses that data only while those files still read the same,
// so a profile edited after the build is read and checked at run time like any other.
export interface BuiltinProfile {
  /** File name under profiles/ → its text when the bundle was built (the profile and those it inherits from). */
  files: Record<string, string>;
  /** The resolved profile data. */
  data: Record<string, unknown>;
}

export const builtinProfiles: Readonly<Record<string, BuiltinProfile>> = {};
