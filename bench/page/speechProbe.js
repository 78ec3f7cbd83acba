// Installed before the app loads by bench/speechLatency.ts (plain JS: it is injected as is).
// Notes when each key went down and when the first sound of each reading started: an audio
// element's play() (the bundled engine and recordings, still played for real) or, when
// window.__speechBenchFakeVoice is set first, a system voice's speak() (a recorder standing in
// for the OS voice, whose own start-up delay is not the app's).
/* global window, HTMLMediaElement */
;(() => {
  const probe = { keyAt: 0, audioAt: [] }
  window.__speechBench = probe
  window.addEventListener('keydown', () => (probe.keyAt = performance.now()), true)
  const play = HTMLMediaElement.prototype.play
  HTMLMediaElement.prototype.play = function () {
    probe.audioAt.push(performance.now())
    return play.call(this)
  }
  if (!window.__speechBenchFakeVoice) return
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => [{ lang: 'zh-CN', name: 'Bench', localService: true, default: true }],
    speak: () => probe.audioAt.push(performance.now()),
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  })
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: class extends EventTarget {
      constructor(text) {
        super()
        this.text = text
      }
    },
    configurable: true,
  })
})()
