      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
/ {6}for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
/ {6}for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
P      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
/ {6}for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
`      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
$      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
$      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
P      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
`      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
S      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
7      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
z      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
各      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
项      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
基      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
本      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
分      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
值      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
之      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
和      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
为      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
分      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
，      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
与      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
合      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
计      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
分      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
不      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
符      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
P      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
空      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
项      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
目      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
W      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
空      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
项      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
目      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
5      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
O      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
O      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
O      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
O      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
5      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
5      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
8      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
8      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
H      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
L      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
P      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
z      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
目      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
标      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
百      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
分      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
比      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
不      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
能      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
超      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
过      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
&      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
U      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
E      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
q      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
I      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
@      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
B      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
G      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
5      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
/ {6}for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
/ {6}for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
-      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
j      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
V      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
9      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
F      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
S      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
'      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
C      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
2      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
1      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
A      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
<      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
A      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
<      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
<      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
g      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
f      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
M      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
!      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
[      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
k      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
y      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
]      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
x      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
p      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
=      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
>      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
v      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
l      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
d      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
a      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
e      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
b      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
i      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
c      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
.      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
t      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
T      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
h      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
r      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
o      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
w      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
(      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
{      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
m      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
R      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
u      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
n      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
s      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
:      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
3      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
0      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
,      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
       for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
}      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
)      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
;      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });

      for (const i of [0, 2]) {
        const c = x.categories[3]!.items[1]!.rule.criteria[i]!;
        if (c.kind === 'award') c.points = 1.25;
      }
    });
