/**
 * Browser entry of the agent console: hydrates the console island.
 */
import { hydrate } from "preact";
import { AgentConsole } from "./agent/agent_console.tsx";

const root = document.getElementById("agent-root");
if (root) hydrate(<AgentConsole />, root);
