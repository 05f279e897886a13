/**
 * The chat's controller hook: transcript, socket, HTTP fallback, progress, handoff and
 * mode. Components only render what it returns and call its actions.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { ChatReply, HandoffInfo, ServerEvent } from "../shared/api_types.ts";
import { ApiError } from "../shared/http.ts";
import { fetchHistory, newClientId, postChat, socketUrl, type StoredSession } from "./api.ts";
import { type LinkState, LiveSocket } from "./live_socket.ts";
import { type Entry, fromReply, fromStored, lastSeq, mergeAll, mergeEntry } from "./transcript.ts";
import { progressLabel } from "../../shared/progress_labels.ts";

/** What the mesh is doing for the customer's latest message. */
export interface Progress {
  message_id: string | null;
  label: string;
}

/** State and actions of one chat session. */
export interface ChatState {
  entries: Entry[];
  link: LinkState;
  mode: "ai" | "human";
  agent: string | null;
  handoff: HandoffInfo | null;
  progress: Progress | null;
  error: string | null;
  send: (text: string) => void;
  retry: (entry: Entry) => void;
  dismissError: () => void;
}

/** Ms to wait for the socket's ack before sending the same message over HTTP. */
const ACK_TIMEOUT_MS = 5_000;

/** Runs a chat session; `onExpired` is called when the token is no longer accepted. */
export function useChat(session: StoredSession, onExpired: () => void): ChatState {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [link, setLink] = useState<LinkState>("connecting");
  const [mode, setMode] = useState<"ai" | "human">("ai");
  const [agent, setAgent] = useState<string | null>(null);
  const [handoff, setHandoff] = useState<HandoffInfo | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entriesRef = useRef<Entry[]>([]);
  const socketRef = useRef<LiveSocket | null>(null);
  const ackTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const polls = useRef(new Set<string>());

  const update = useCallback((fn: (list: Entry[]) => Entry[]) => {
    entriesRef.current = fn(entriesRef.current);
    setEntries(entriesRef.current);
  }, []);

  const applyReply = useCallback((reply: ChatReply, seq: number | null, createdAt: string) => {
    update((l) => {
      const withSent = l.map((e) =>
        e.role === "customer" && e.message_id === reply.message_id && e.status !== "sent"
          ? { ...e, status: "sent" as const }
          : e
      );
      return mergeEntry(withSent, fromReply(reply, seq, createdAt));
    });
    setProgress((
      p,
    ) => (p && (p.message_id === null || p.message_id === reply.message_id) ? null : p));
    if (reply.handoff) setHandoff(reply.handoff);
  }, [update]);

  const sync = useCallback(async () => {
    try {
      const h = await fetchHistory(session);
      update((l) => mergeAll(l, h.messages.map(fromStored)));
      setMode(h.mode);
      return true;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) onExpired();
      return false;
    }
  }, [session, update, onExpired]);

  const sendHttp = useCallback(async (text: string, clientId: string) => {
    try {
      const res = await postChat(session.token, text, clientId);
      const messageId = res.kind === "reply" ? res.reply.message_id : res.pending.message_id;
      if (res.kind === "reply" && res.reply.trace?.outcome === "human") {
        // A person has the conversation: nothing to wait for, their answer comes live.
        update((l) => l.map((e) => e.client_id === clientId ? { ...e, status: "sent" } : e));
        setProgress(null);
        return;
      }
      update((l) =>
        l.map((e) => e.client_id === clientId ? { ...e, message_id: messageId, status: "sent" } : e)
      );
      if (res.kind === "reply") {
        applyReply(res.reply, null, new Date().toISOString());
        return;
      }
      setProgress({
        message_id: messageId,
        label: "Still working on it — your answer will appear here…",
      });
      pollFor(messageId);
    } catch (err) {
      update((l) => l.map((e) => e.client_id === clientId ? { ...e, status: "failed" } : e));
      setProgress(null);
      setError(err instanceof Error ? err.message : String(err));
      if (err instanceof ApiError && err.status === 401) onExpired();
    }
    // pollFor (below) only reads refs, so it need not be a dependency.
  }, [session, update, applyReply, onExpired]);

  function pollFor(messageId: string) {
    if (polls.current.has(messageId)) return;
    polls.current.add(messageId);
    const until = Date.now() + 120_000;
    const tick = async () => {
      const done = () =>
        entriesRef.current.some((e) => e.role !== "customer" && e.message_id === messageId);
      if (!done() && !socketRef.current?.open) await sync();
      if (done() || Date.now() > until) {
        polls.current.delete(messageId);
        setProgress((p) => (p?.message_id === messageId ? null : p));
        return;
      }
      setTimeout(tick, 2_000);
    };
    setTimeout(tick, 1_500);
  }

  const dispatch = useCallback((text: string, clientId: string) => {
    setError(null);
    setProgress({ message_id: null, label: "Sending…" });
    const socket = socketRef.current;
    if (socket?.send({ type: "message", text, client_id: clientId })) {
      // If the socket is silently dead, the same client id over HTTP is de-duplicated.
      ackTimers.current.set(
        clientId,
        setTimeout(() => {
          ackTimers.current.delete(clientId);
          sendHttp(text, clientId);
        }, ACK_TIMEOUT_MS),
      );
    } else {
      sendHttp(text, clientId);
    }
  }, [sendHttp]);

  const send = useCallback((text: string) => {
    const clientId = newClientId();
    update((l) =>
      mergeEntry(l, {
        seq: null,
        role: "customer",
        text,
        message_id: null,
        client_id: clientId,
        created_at: new Date().toISOString(),
        status: "sending",
      })
    );
    dispatch(text, clientId);
  }, [update, dispatch]);

  const retry = useCallback((entry: Entry) => {
    if (!entry.client_id) return;
    update((l) => l.map((e) => e.key === entry.key ? { ...e, status: "sending" } : e));
    dispatch(entry.text, entry.client_id);
  }, [update, dispatch]);

  const onEvent = useCallback((ev: ServerEvent) => {
    switch (ev.type) {
      case "ready":
        setMode(ev.mode);
        // Messages sent on a socket that died before its ack: send again (same client id).
        for (const e of entriesRef.current) {
          if (e.role === "customer" && e.status === "sending" && e.client_id) {
            socketRef.current?.send({ type: "message", text: e.text, client_id: e.client_id });
          }
        }
        break;
      case "history":
        update((l) => mergeAll(l, ev.messages.map(fromStored)));
        break;
      case "ack": {
        const t = ackTimers.current.get(ev.client_id);
        if (t) clearTimeout(t);
        ackTimers.current.delete(ev.client_id);
        update((l) =>
          l.map((e) =>
            e.client_id === ev.client_id ? { ...e, message_id: ev.message_id, status: "sent" } : e
          )
        );
        // No message id: a person has the conversation and answers in their own time. A
        // reply that came before its ack (the gateway answered at once) needs no indicator.
        const replied = ev.message_id !== null &&
          entriesRef.current.some((e) => e.role !== "customer" && e.message_id === ev.message_id);
        setProgress(
          ev.message_id && !replied ? { message_id: ev.message_id, label: "Thinking…" } : null,
        );
        break;
      }
      case "customer_message":
        // Our own message as stored (or one sent from another tab of this session).
        update((l) =>
          mergeEntry(l, {
            seq: ev.seq,
            role: "customer",
            text: ev.text,
            message_id: null,
            client_id: null,
            created_at: ev.created_at,
            status: "sent",
          })
        );
        break;
      case "progress": {
        const answered = entriesRef.current.some((e) =>
          e.role !== "customer" && e.message_id === ev.message_id
        );
        if (!answered) {
          setProgress({ message_id: ev.message_id, label: progressLabel(ev.actor, ev.label) });
        }
        break;
      }
      case "reply":
        applyReply(ev.reply, ev.seq, ev.created_at);
        break;
      case "handoff":
        setHandoff(ev.handoff);
        break;
      case "agent_message":
        update((l) =>
          mergeEntry(l, {
            seq: ev.seq,
            role: "agent",
            text: ev.text,
            message_id: null,
            client_id: null,
            created_at: ev.created_at,
            agent: ev.agent,
          })
        );
        if (ev.agent) setAgent(ev.agent);
        setProgress(null);
        break;
      case "mode":
        setMode(ev.mode);
        setAgent(ev.agent);
        if (ev.mode === "ai") setHandoff(null);
        break;
      case "error":
        // The session ended (expired, or the session store lost it): sign in again.
        if (ev.status === 401) {
          onExpired();
          break;
        }
        setError(ev.detail);
        setProgress(null);
        break;
    }
  }, [update, applyReply, onExpired]);

  useEffect(() => {
    entriesRef.current = [];
    setEntries([]);
    let stopped = false;
    const socket = new LiveSocket({
      url: (seen) => socketUrl(session.token, seen),
      lastSeen: () => lastSeq(entriesRef.current),
      onEvent,
      onState: setLink,
      onTrouble: () => {
        // The socket keeps failing: catch up over HTTP (and notice an expired session).
        if (!stopped) sync();
      },
    });
    socketRef.current = socket;
    // History first, so the socket's replay only carries what came after.
    sync().finally(() => {
      if (!stopped) socket.start();
    });
    const hook = {
      dropSocket: (holdMs = 0) => socket.drop(holdMs),
      socketOpen: () => socket.open,
      lastSeen: () => lastSeq(entriesRef.current),
    };
    (globalThis as Record<string, unknown>).__supportMeshChat = hook;
    return () => {
      stopped = true;
      socket.close();
      socketRef.current = null;
      for (const t of ackTimers.current.values()) clearTimeout(t);
      ackTimers.current.clear();
      if ((globalThis as Record<string, unknown>).__supportMeshChat === hook) {
        delete (globalThis as Record<string, unknown>).__supportMeshChat;
      }
    };
  }, [session.token]);

  return {
    entries,
    link,
    mode,
    agent,
    handoff,
    progress,
    error,
    send,
    retry,
    dismissError: () => setError(null),
  };
}
