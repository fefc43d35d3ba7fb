// Public API of journey expressions (CEL).
export {
  celEnvironmentFor,
  createCelEnvironment,
  customerAttributeNames,
  journeyVariableNames,
  scopeSignature,
  type AttributeType,
  type ExprScope,
} from './celEnvironment'
export { checkExpression, type ExpectedType, type ExprProblem } from './checkExpression'
export { compileExpression, compileGuard, ExpressionError, type ExprContext } from './compileExpression'
export { CEL_LIMITS, CelLimitError, compileCel, evaluateCel, toPlainValue } from './celRuntime'
