/** A requestAnimationFrame and a task queued from it: runs once that frame's style, layout and paint are done. */
export const nextFrame = (): Promise<void> =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
