// A validation problem as a person reads it: where (a JSON path) and what (a sentence).
export interface Problem {
  path: string;
  message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

const sentence = (text: string): string => {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** zod's issues (classic or mini, they share the shape) as problems. */
export function fromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: sentence(issue.message) }));
}
