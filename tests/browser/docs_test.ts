/**
 * `/docs` against the whole system: Swagger UI served by the gateway renders the
 * OpenAPI document under the page CSP, loading nothing from elsewhere.
 */
import { chromiumMissing } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { docs } from "./scenarios.ts";

Deno.test({
  name: "docs: Swagger UI renders the API from the gateway's own files",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using target = await startTarget();
    await docs(target);
  },
});
