/**
 * The conversation behind @nianbao, without VS Code: `answer(turn, options, output)` answers one turn
 * (/draft /revise /check /explain /compare or a free question) with the report as context, streaming to
 * `output` and proposing text changes that passed the figure guard; `Conversation` keeps a history;
 * `endpointModel(config)` is a ChatModel for an OpenAI-compatible endpoint; `factsOf`/`rulesList` serve
 * the language-model tools.
 */

export { answer, Conversation, userLine } from './conversation';
export { endpointModel } from './endpoint';
export { reportContext } from './context';
export { changedFigures, similarSections } from './engine';
export { toolCheck, toolFacts, toolRules } from './tools';
export * from './types';
