// Reported speech (speech.cc): the act of a speaker whose quote or कि-clause
// holds a coded predicate.
#ifndef GHATNA_SRC_EVENTS_SPEECH_H_
#define GHATNA_SRC_EVENTS_SPEECH_H_

#include <string>
#include <vector>

#include "events/frames.h"

namespace ghatna::events {

enum class SpeechAct : uint8_t {
  kNone,      // nothing to code
  kReport,    // a fact reported by the speaker: code the predicate itself
  kAccuse,    // speaker 112 the predicate's agent
  kAppeal,    // speaker 02x the one who should act
  kThreaten,  // speaker 13x the predicate's target
  kPromise,   // speaker 03x the predicate's target
  kReject,    // speaker 12x the predicate's target
};

struct SpeechDecision {
  SpeechAct act = SpeechAct::kNone;
  std::string code;              // the speaker's event code (not for kReport)
  std::vector<Referent> target;  // the speaker's target
  std::string why;               // for --explain
};

// One side: actors of the same principal and the same role, or both in its
// establishment (government, ruling party, forces, police, spies).
bool SameEstablishment(const std::vector<Referent>& a, const std::vector<Referent>& b);

// The demand (10x) that asks for what an appeal code (02x) asks for.
std::string DemandCode(const std::string& appeal);

// What `speaker` does by saying that the candidate's predicate (pattern
// `p`, presented as `m`) happens. `distinct`: the speaker and the
// predicate's agent, though of one code, are different people or bodies
// (a chief minister accusing another): an accusation is still made.
SpeechDecision DecideSpeech(const Pattern& p, const Modality& m, const std::vector<Referent>& speaker,
                            const Candidate& c, bool distinct = false);

}  // namespace ghatna::events

#endif  // GHATNA_SRC_EVENTS_SPEECH_H_
