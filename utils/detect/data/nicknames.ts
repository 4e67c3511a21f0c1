/**
 * Given names and their usual short forms, as groups: a recommendation on a profile calls "Robert
 * Kowalczyk" "Bob", a résumé signed "Kate" belongs to "Katherine" on the page header. Each line is
 * one group; a name stands for every other name of its groups (one step: "Chris" for "Christopher"
 * and for "Christine", but "Christopher" not for "Christine").
 *
 * Hand-kept for this project (names are public facts; same licence as the project): common English
 * forms first, then Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian and other
 * usual pairs, and at the end Indian, Arabic, Nigerian and Ghanaian, more Polish and Greek ones ("Venky" for
 * "Venkatesh", "Tunde" for "Babatunde", "Kasia" for "Katarzyna", "Kostas" for "Konstantinos"). Short forms
 * of two letters ("Al", "Ed", "Jo", "Mo") are used only with the surname.
 */
const GROUPS = `
abigail abby abbie gail
abraham abe
albert al bert bertie
alexander alex alec xander sandy sasha
alexandra alex lexi sasha sandra
alexis alex lexi
alfred alf alfie fred freddie
alice allie ally
allison ally allie
amanda mandy manda
andrew andy drew
angela angie
anthony tony ant
antonio toni tony
arthur art artie
barbara barb barbie babs
benjamin ben benny benji
bernard bernie
beatrice bea trixie
bradley brad
caroline carrie caro
catherine cathy kate katie cat
charles charlie chuck chas chaz
charlotte charlie lottie
christina chris tina chrissy
christine chris chrissy
christopher chris topher kit
christian chris
cynthia cindy
daniel dan danny
danielle dani
david dave davey
deborah deb debbie debra
dennis denny
donald don donnie
dorothy dot dottie dolly
dorothea dot dottie thea dora
douglas doug
edward ed eddie ted ned
eleanor ellie nora
elizabeth liz lizzie beth betty eliza libby lisa
emily em emmy
emma em
eugene gene
frances fran frankie
francis frank frankie
frederick fred freddie
gabriel gabe
gabrielle gabby
geoffrey geoff jeff
gerald gerry jerry
gregory greg
harold harry hal
harrison harry
henry harry hank hal
isabella bella izzy isa
isabel bella izzy
jacob jake
jacqueline jackie
james jim jimmy jamie
jane jenny janie
janet jan
jeffrey jeff
jennifer jen jenny jenn
jessica jess jessie
joanna jo joanne
john jack johnny
jonathan jon jonny nathan
joseph joe joey
joshua josh
judith judy
julia julie jules
katherine kate katie kathy kat kay
kathleen kathy kate
kenneth ken kenny
kimberly kim
lawrence larry laurie
leonard leo len lenny
leonardo leo
louis lou
louise lou
margaret maggie meg peggy maisie marge
martin marty
matthew matt matty
michael mike mikey mick
michelle shelly
nathaniel nate nathan nat
nathan nate
nicholas nick nicky
nicole nicky nikki
oliver ollie
patricia pat patty trish tricia
patrick pat paddy
peter pete
philip phil pip
phillip phil
rebecca becky becca
richard rick ricky rich dick
robert rob bob bobby robbie bert
ronald ron ronnie
samantha sam sammy
samuel sam sammy
sarah sally sadie
stephanie steph
stephen steve stevie
steven steve stevie
susan sue suzy susie
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
victoria vicky tori
vincent vince vinny
virginia ginny
walter walt wally
william will bill billy liam willy
zachary zach zack
alejandro alex ale
alejandra ale
francisco paco pancho cisco
josé pepe
jose pepe
guillermo memo
enrique quique kike
ignacio nacho
manuel manolo manu
dolores lola
concepción concha conchita
jesús chucho chuy
eduardo edu lalo
fernando nando
rafael rafa
roberto beto
alberto beto
gonzalo gonza
giuseppe beppe peppe
giovanni gianni
francesco cesco franco
salvatore totò
maximilian max
maximiliano max
johannes hans jo
johann hans
katharina kathi katja
friedrich fritz
wolfgang wolf
jacobus koos
johannes jan hans
aleksander olek
aleksandr sasha sashka
aleksandra sasha ola
dmitry dima
dmitri dima
mikhail misha
vladimir vova volodya
yekaterina katya
ekaterina katya
ivan vanya
nikolai kolya
sergei seryozha
tatiana tanya
natalia natasha
anastasia nastya
yelena lena
elena lena
maria masha mary
pavel pasha
philippa pippa pip
penelope penny
gwendolyn gwen wendy
harriet hattie
helena lena
josephine jo josie
kimberley kim
louisa lou
madeleine maddie
marjorie marge margie
natalie nat
pamela pam
priscilla cilla
raymond ray
rosalind ros roz
theresa tess tessa terri
valerie val
veronica ronnie
wilhelmina mina
winifred winnie
venkatesh venky venkat
venkata venky venkat
srinivas srini
srinivasan srini
subramanian subbu mani
subramaniam subbu mani
balasubramanian bala balu
krishnamurthy krish
krishnan krish
krishna krish
rajesh raju raj
rajendra raju raj
rajkumar raju raj
ramakrishna ramki
ramachandran ramki
vijayalakshmi viji
chandrasekhar chandu sekhar
chandrashekhar chandu shekhar
satyanarayana satya
mohammed mo
mohammad mo
muhammad mo
oluwaseun seun
oluwatobi tobi
oluwadamilare dami
oluwafemi femi
olufemi femi
babatunde tunde
adebayo bayo
chukwuemeka emeka
ikechukwu ike
chinonso nonso
kwabena kobby
wojciech wojtek
małgorzata gosia
krzysztof krzysiek
katarzyna kasia
agnieszka aga
grzegorz grzesiek
zbigniew zbyszek
przemysław przemek
ioannis giannis yannis
konstantinos kostas
dimitrios dimitris
georgios giorgos
panagiotis panos
nikolaos nikos
athanasios thanos
evangelos vangelis
`;

let index: Map<string, readonly string[]> | undefined;

/** The other names of every group a given name belongs to, lower case; [] for a name of no group. */
export function nicknamesOf(name: string): readonly string[] {
  if (!index) {
    const groups = new Map<string, Set<string>>();
    for (const line of GROUPS.split('\n')) {
      const names = line.trim().split(/\s+/).filter(Boolean);
      for (const n of names) {
        let g = groups.get(n);
        if (!g) {
          g = new Set();
          groups.set(n, g);
        }
        for (const m of names) if (m !== n) g.add(m);
      }
    }
    index = new Map([...groups].map(([n, g]) => [n, [...g]]));
  }
  return index.get(name.toLowerCase()) ?? [];
}
