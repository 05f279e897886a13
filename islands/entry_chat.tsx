/**
 * Browser entry of the chat page: hydrates the chat island rendered by the server.
 */
import { hydrate } from "preact";
import { ChatApp, type ChatAppProps } from "./chat/chat_app.tsx";
import { islandProps } from "./shared/island_props.ts";

const root = document.getElementById("chat-root");
if (root) {
  hydrate(<ChatApp {...islandProps<ChatAppProps>(root, { embed: false, maxChars: 2000 })} />, root);
}
