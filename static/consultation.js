/* The video room: a full mesh of WebRTC connections (at most four people), signalled
   through Tradewind by short polls; chat and shared notes beside the video.
   The newest browser in the room calls everyone already there. */
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root) return;
  var base = root.dataset.base;
  var csrf = root.dataset.csrf;
  var iceServers = JSON.parse(root.dataset.ice || "[]");
  var state = { peer: null, peers: {}, afterSignal: 0, afterChat: 0, stream: null, left: false };
  window.tradewindRoom = state;
  var status = document.getElementById("room-status");
  var videos = document.getElementById("videos");

  function post(path, body) {
    return fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) throw new Error(data.error || r.statusText);
        return data;
      });
    });
  }

  function say(text) { status.textContent = text; }
  function sayWho(peers) {
    say(peers.length ? root.dataset.inRoom + " " + peers.map(function (p) { return p.name; }).join(", ") : root.dataset.waiting);
  }

  function tile(id, name) {
    var figure = document.createElement("figure");
    figure.className = "video";
    figure.id = "video-" + id;
    var video = document.createElement("video");
    video.autoplay = true;
    video.playsInline = true;
    var caption = document.createElement("figcaption");
    caption.textContent = name;
    figure.appendChild(video);
    figure.appendChild(caption);
    videos.appendChild(figure);
    return video;
  }

  function connection(id, name) {
    var entry = state.peers[id];
    if (entry) return entry;
    var pc = new RTCPeerConnection({ iceServers: iceServers });
    entry = { pc: pc, name: name, pending: [], video: tile(id, name) };
    state.peers[id] = entry;
    if (state.stream) {
      state.stream.getTracks().forEach(function (t) { pc.addTrack(t, state.stream); });
    } else {
      pc.addTransceiver("video", { direction: "recvonly" });
      pc.addTransceiver("audio", { direction: "recvonly" });
    }
    pc.onicecandidate = function (e) {
      if (e.candidate) {
        post("/signal", { peer: state.peer, to: id, kind: "candidate", payload: JSON.stringify(e.candidate) });
      }
    };
    pc.ontrack = function (e) {
      if (entry.video.srcObject !== e.streams[0]) entry.video.srcObject = e.streams[0];
    };
    return entry;
  }

  function drop(id) {
    var entry = state.peers[id];
    if (!entry) return;
    entry.pc.close();
    var figure = document.getElementById("video-" + id);
    if (figure) figure.remove();
    delete state.peers[id];
  }

  function call(id, name) {
    var pc = connection(id, name).pc;
    return pc.createOffer().then(function (offer) {
      return pc.setLocalDescription(offer);
    }).then(function () {
      return post("/signal", { peer: state.peer, to: id, kind: "offer", payload: JSON.stringify(pc.localDescription) });
    });
  }

  function flush(entry) {
    var waiting = entry.pending.splice(0);
    return Promise.all(waiting.map(function (c) { return entry.pc.addIceCandidate(c); }));
  }

  function handle(signal, names) {
    var entry = connection(signal.from, names[signal.from] || "");
    var pc = entry.pc;
    var data = JSON.parse(signal.payload);
    if (signal.kind === "offer") {
      return pc.setRemoteDescription(data).then(function () {
        return pc.createAnswer();
      }).then(function (answer) {
        return pc.setLocalDescription(answer);
      }).then(function () {
        return post("/signal", { peer: state.peer, to: signal.from, kind: "answer", payload: JSON.stringify(pc.localDescription) });
      }).then(function () { return flush(entry); });
    }
    if (signal.kind === "answer") {
      return pc.setRemoteDescription(data).then(function () { return flush(entry); });
    }
    if (pc.remoteDescription) return pc.addIceCandidate(data);
    entry.pending.push(data);
    return Promise.resolve();
  }

  var chat = document.getElementById("chat");
  function showChat(lines) {
    lines.forEach(function (line) {
      var item = document.createElement("li");
      var who = document.createElement("strong");
      who.textContent = line.name + ": ";
      item.appendChild(who);
      item.appendChild(document.createTextNode(line.body));
      chat.appendChild(item);
      state.afterChat = Math.max(state.afterChat, line.id);
    });
    if (lines.length) chat.scrollTop = chat.scrollHeight;
  }

  var notes = document.getElementById("notes");
  function update(data) {
    var names = {};
    data.peers.forEach(function (p) { names[p.id] = p.name; });
    Object.keys(state.peers).forEach(function (id) { if (!(id in names)) drop(id); });
    data.peers.forEach(function (p) {
      if (state.peers[p.id]) state.peers[p.id].name = p.name;
    });
    sayWho(data.peers);
    showChat(data.chat);
    if (document.activeElement !== notes && notes.value !== data.notes && notes.value === state.notesBase) notes.value = data.notes;
    if (notes.value === data.notes) state.notesBase = data.notes;
    var chain = Promise.resolve();
    data.signals.forEach(function (s) {
      state.afterSignal = Math.max(state.afterSignal, s.id);
      chain = chain.then(function () { return handle(s, names); });
    });
    return chain;
  }

  function loop() {
    if (state.left) return;
    var url = base + "/poll?peer=" + encodeURIComponent(state.peer) + "&after_signal=" + state.afterSignal + "&after_chat=" + state.afterChat;
    fetch(url, { credentials: "same-origin" }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) throw new Error(data.error || r.statusText);
        return update(data);
      });
    }).catch(function (e) { say(e.message); }).then(function () {
      setTimeout(loop, 800);
    });
  }

  function join() {
    return post("/join", {}).then(function (data) {
      state.peer = data.peer;
      var names = {};
      data.peers.forEach(function (p) { names[p.id] = p.name; });
      showChat(data.chat);
      // The newcomer calls everyone already in the room.
      return Promise.all(data.peers.map(function (p) { return call(p.id, p.name); })).then(function () {
        sayWho(data.peers);
        loop();
      });
    }).catch(function (e) { say(e.message); });
  }

  navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(function (stream) {
    state.stream = stream;
    document.getElementById("my-video").srcObject = stream;
  }).catch(function () {
    say(root.dataset.noCamera);
  }).then(join);

  document.getElementById("chat-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = document.getElementById("chat-text");
    var text = input.value.trim();
    if (!text || !state.peer) return;
    post("/chat", { peer: state.peer, body: text }).then(function () { input.value = ""; }).catch(function (err) { say(err.message); });
  });

  // Notes are saved against the text this browser last had: the server keeps what
  // someone else saved meanwhile (both texts come back, to be checked and saved again).
  state.notesBase = notes.value;
  document.getElementById("save-notes").addEventListener("click", function () {
    var mine = notes.value;
    post("/notes", { peer: state.peer, notes: mine, base: state.notesBase }).then(function (data) {
      notes.value = data.notes;
      state.notesBase = data.notes;
      document.getElementById("notes-state").textContent = data.merged ? root.dataset.merged : root.dataset.saved;
    }).catch(function (err) { say(err.message); });
  });

  function toggle(kind, button) {
    if (!state.stream) return;
    var tracks = kind === "audio" ? state.stream.getAudioTracks() : state.stream.getVideoTracks();
    tracks.forEach(function (t) { t.enabled = !t.enabled; });
    var off = button.classList.toggle("off");
    button.setAttribute("aria-pressed", off ? "true" : "false");
    button.textContent = off ? button.dataset.off : button.dataset.on;
  }
  document.getElementById("toggle-mic").addEventListener("click", function (e) { toggle("audio", e.currentTarget); });
  document.getElementById("toggle-camera").addEventListener("click", function (e) { toggle("video", e.currentTarget); });

  document.getElementById("leave").addEventListener("click", function () {
    state.left = true;
    Object.keys(state.peers).forEach(drop);
    if (state.stream) state.stream.getTracks().forEach(function (t) { t.stop(); });
    post("/leave", { peer: state.peer }).finally(function () { say(root.dataset.left); });
  });

  /* For tests and troubleshooting: video frames decoded from every other participant. */
  state.framesDecoded = function () {
    var ids = Object.keys(state.peers);
    return Promise.all(ids.map(function (id) {
      return state.peers[id].pc.getStats().then(function (report) {
        var frames = 0;
        report.forEach(function (s) {
          if (s.type === "inbound-rtp" && s.kind === "video") frames += s.framesDecoded || 0;
        });
        return [state.peers[id].name, frames];
      });
    }));
  };
})();
