// Training-data augmentation by mention replacement: a copy of a training
// document in which simple person, place and organisation mentions are
// replaced by names drawn from the gazetteer files ("M. Durand" -> "M.
// Okonkwo", "à Rennes" -> "à Ouagadougou", "l'Etat" -> "l'OTAN").
//
// Europeana's 1900s newspapers name few of today's people, places and
// bodies; the copies teach the model to read the context, the shape and the
// gazetteer lists rather than memorise the names it saw. Only the names
// change; the sentences stay those of the CC0 training file.
//
//   PER of one capitalised word    -> a surname (a third of them from the
//                                     place list: many surnames are places)
//   PER of two capitalised words   -> first name + surname
//   LOC of one capitalised word    -> a place
//   ORG of one capitalised word    -> an acronym, with probability 1/2
// A replaced all-caps word is written in capitals too.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "gazetteer_files.h"
#include "training_corpus.h"

namespace kiosque::train_ner {

struct SwapNames {
  std::vector<std::string> first_names, surnames, places, acronyms;
};

// Picks usable names (capitalised, one token, no digits) from the lists.
SwapNames swap_names_from(const std::vector<GazetteerFile>& files);

// The copy of `doc` with mentions replaced; `stats` as for gold_tags().
AnnotatedDocument swap_mentions(const AnnotatedDocument& doc, const SwapNames& names, std::mt19937_64& random,
                                GoldStats& stats);

}  // namespace kiosque::train_ner
