// The commands of lengua-cli. Each takes the arguments after its name, prints one
// JSON object on stdout and returns the exit status; errors are thrown as
// lengua::Error and printed by main as {"error": "..."}.
#pragma once

#include <string>
#include <vector>

using Arguments = std::vector<std::string>;

int corpusStatsCommand(const Arguments& arguments);
int preprocessCommand(const Arguments& arguments);
int tokenizerTrainCommand(const Arguments& arguments);
int tokenizeCommand(const Arguments& arguments);
int gptTrainCommand(const Arguments& arguments);
int generateCommand(const Arguments& arguments);
int inspectCommand(const Arguments& arguments);
int ngramCommand(const Arguments& arguments);
int coocCommand(const Arguments& arguments);
int similarityCommand(const Arguments& arguments);
int tfidfCommand(const Arguments& arguments);
int word2vecCommand(const Arguments& arguments);
int ppmiSvdCommand(const Arguments& arguments);
int evaluateCommand(const Arguments& arguments);
int projectCommand(const Arguments& arguments);
