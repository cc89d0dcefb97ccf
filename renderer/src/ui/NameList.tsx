/** Names in any script, comma-separated, each isolated so a right-to-left name keeps its place. */
export function NameList({ names }: { names: readonly (string | undefined)[] }) {
  const present = names.filter((name): name is string => Boolean(name));
  return (
    <>
      {present.map((name, index) => (
        <span key={`${index}-${name}`}>
          {index > 0 ? ', ' : null}
          <bdi>{name}</bdi>
        </span>
      ))}
    </>
  );
}
