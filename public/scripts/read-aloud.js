// 朗读: reads the page's title and main text with the browser's own speech engine. The inline
// preferences script loads this module on the first press of 朗读全文, so a content page carries
// no speech code until a reader asks for it.
//
// Only a voice the browser marks localService is used: a network voice (Chrome's “Google 普通话”)
// would send the page text to a speech service, and the site sends nothing anywhere. Without a
// local Chinese voice the control says so instead of speaking.
const speech = window.speechSynthesis;
let state = 'idle';
let run = 0;

function box() {
  return document.querySelector('[data-read-aloud]');
}

function show(next, message) {
  state = next;
  const root = box();
  if (!root) return;
  const toggle = root.querySelector('[data-speech="toggle"]');
  const stop = root.querySelector('[data-speech="stop"]');
  const status = root.querySelector('[data-speech-status]');
  const hadFocus = stop === document.activeElement;
  toggle.textContent = state === 'speaking' ? '暂停' : state === 'paused' ? '继续' : '朗读全文';
  stop.hidden = state === 'idle';
  if (status) status.textContent = message || '';
  // A hidden button drops focus to <body>; keep the keyboard where it was.
  if (hadFocus && stop.hidden) toggle.focus();
}

/** The engine lists its voices late on a first visit: wait for them, briefly. */
function voicesLoaded() {
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(speech.getVoices());
    speech.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

function localChineseVoice(voices) {
  const local = voices.filter((voice) => voice.localService && /^zh/i.test(voice.lang));
  return local.find((voice) => /^zh[-_]CN/i.test(voice.lang)) || local[0] || null;
}

async function speakPage() {
  const voice = localChineseVoice(await voicesLoaded());
  if (!voice) {
    show('idle', '这台设备没有可以离线使用的中文语音，无法朗读。可在系统设置中安装中文语音，或使用读屏软件。');
    return;
  }
  const parts = [];
  const title = document.querySelector('main h1');
  const body = document.querySelector('[data-read-aloud-text]');
  if (title) parts.push(title.innerText);
  if (body) parts.push(body.innerText);
  // One utterance per line: the engine pauses between them, and very long utterances stall in Chromium.
  const lines = parts.join('\n').split(/\n+/).map((line) => line.trim()).filter(Boolean);
  const mine = ++run;
  speech.cancel();
  // Chromium keeps a paused engine paused after cancel(), so new speech would stay silent.
  if (speech.paused) speech.resume();
  lines.forEach((line, index) => {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    if (index === lines.length - 1) utterance.onend = () => { if (run === mine) show('idle'); };
    speech.speak(utterance);
  });
  show(lines.length ? 'speaking' : 'idle');
}

export function onSpeech(action) {
  if (action === 'stop') {
    run++;
    speech.cancel();
    show('idle');
  } else if (state === 'speaking') {
    speech.pause();
    show('paused');
  } else if (state === 'paused') {
    speech.resume();
    show('speaking');
  } else {
    return speakPage();
  }
}

// Speech would otherwise go on reading a page the reader has left.
window.addEventListener('pagehide', () => { if (state !== 'idle') onSpeech('stop'); });
