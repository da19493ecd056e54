// The JSON Schemas in schemas/ in Ajv with strict: true (draft 2020-12), as a strict
// consumer reads them: every keyword known (VS Code's enumDescriptions and
// markdownEnumDescriptions are declared, as such a consumer would), every format a
// standard one (ajv-formats), no strictTypes/strictRequired/strictTuples complaint.
// Then what VS Code needs: every enum with descriptions has one per value. And a
// check that the compiled validators reject a wrong file, so a pass means something.
// Usage: node browser-tests/schema-strict.mjs [SCHEMA.json...]  (default: schemas/*.json)
// Exit 0 when every schema passes; prints one line per schema.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(root, "schemas")).filter((f) => f.endsWith(".json")).map((f) => join(root, "schemas", f));

function newAjv() {
  // strict: true turns every strict option into an error (strictSchema, strictNumbers,
  // strictTypes, strictTuples, strictRequired). allowUnionTypes: `recipients` and
  // `transfers` are a list or the word `none` (`"type": ["array", "string"]`), standard
  // JSON Schema that strictTypes otherwise asks to be allowed explicitly.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of ["enumDescriptions", "markdownEnumDescriptions"]) {
    ajv.addKeyword({ keyword, schemaType: "array", metaSchema: { type: "array", items: { type: "string" } } });
  }
  return ajv;
}

// Every object in the schema with an `enum` and descriptions: as many as values.
function enumProblems(node, path, out) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => enumProblems(n, `${path}/${i}`, out));
  } else if (node && typeof node === "object") {
    for (const key of ["enumDescriptions", "markdownEnumDescriptions"]) {
      if (key in node && (!Array.isArray(node.enum) || node.enum.length !== node[key].length)) {
        out.push(`${path}: ${key} does not match enum`);
      }
    }
    for (const [k, v] of Object.entries(node)) enumProblems(v, `${path}/${k}`, out);
  }
  return out;
}

let failed = 0;
for (const file of files) {
  const name = file.startsWith(root) ? file.slice(root.length + 1) : file;
  const problems = [];
  let schema;
  try {
    schema = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push(`not JSON: ${e.message}`);
  }
  if (schema) {
    if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") {
      problems.push(`$schema is ${schema.$schema}, not draft 2020-12`);
    }
    let validate;
    try {
      validate = newAjv().compile(schema);
    } catch (e) {
      problems.push(`Ajv strict: ${e.message}`);
    }
    if (validate) {
      // A file that is not an object, and one with an unknown key, must be rejected.
      if (validate([])) problems.push("accepts an array");
      if (validate({ "no-such-key-anywhere": 1 })) problems.push("accepts an unknown key");
    }
    enumProblems(schema, "#", problems);
    const enums = JSON.stringify(schema).split('"enumDescriptions"').length - 1;
    if (enums === 0) problems.push("no enumDescriptions for VS Code");
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`  ${p}`);
  } else {
    console.log(`ok   ${name}`);
  }
}
process.exit(failed ? 1 : 0);
