// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// CheckpointManagerMetaData contains all meta data concerning the CheckpointManager contract.
var CheckpointManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_childChainId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"headerBlockId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"NewHeaderBlock\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_ID_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"voteHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"checkSignatures\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"childChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentHeaderBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"headerBlocks\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"createdAt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"}],\"name\":\"setValidatorState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"name\":\"setValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"validatorState\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"member\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a06040523461036b57611426803803806100198161036f565b92833981019060408183031261036b578051602082015190916001600160401b03821161036b570182601f8201121561036b578051926001600160401b0384116102a0578360051b9160208061007081860161036f565b80978152019382010191821161036b57602001915b81831061034b5750505f80546001600160a01b03191633178155608092909252505b6001548110156100de57806100bd600192610394565b838060a01b0391549060031b1c165f5260026020525f6040812055016100a7565b506001545f60015580610326575b505f905b805182101561030357600582901b8101602001516001600160a01b031690811515806102e9575b156102b457604051606081016001600160401b038111828210176102a057604052600181526020810160018152604082015f8152845f52600260205260405f209260018060601b039051166dff000000000000000000000000006cff00000000000000000000000085549451151560601b169251151560681b169260018060701b0319161717179055600154680100000000000000008110156102a057826101c88260016101ec9401600155610394565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b6001545f198101908111610244575b8015801580610272575b15610258575f198201918083116102445761023e906101c861022685610394565b905460039190911b1c6001600160a01b031691610394565b156101fb575b634e487b7160e01b5f52601160045260245ffd5b506001926101c861026b92959395610394565b01906100f0565b505f198201828111610244576102888591610394565b905460039190911b1c6001600160a01b031611610205565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b50815f52600260205260ff60405f205460601c1615610117565b5160035560405161106590816103c182396080518181816101ec01526107990152f35b60015f5260205f205f5b82811061033e5750506100ec565b5f82820155600101610330565b82516001600160a01b038116810361036b57815260209283019201610085565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102a057604052565b6001548110156103ac5760015f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631d2fc10e14610af65750806341539d4a14610a985780634e43e495146106e4578063678871e6146106c85780638da5cb5b146106a15780639300c9261461035b578063a4b4de381461020f578063b14b0f56146101d5578063c7e24ab71461018e578063ca1e781914610129578063dff697871461010c578063ec7e4855146100ef5763facd743b146100ab575f80fd5b346100eb5760203660031901126100eb576001600160a01b036100cc610b4e565b165f526002602052602060ff60405f205460601c166040519015158152f35b5f80fd5b346100eb575f3660031901126100eb576020600554604051908152f35b346100eb575f3660031901126100eb576020600354604051908152f35b346100eb575f3660031901126100eb57610141610c24565b6040518091602082016020835281518091526020604084019201905f5b81811061016c575050500390f35b82516001600160a01b031684528594506020938401939092019160010161015e565b346100eb5760403660031901126100eb5760243567ffffffffffffffff81116100eb576101cd6101c46020923690600401610b64565b90600435610cbd565b604051908152f35b346100eb575f3660031901126100eb5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100eb5760603660031901126100eb57610228610b4e565b6024356001600160601b03811681036100eb5760443590811515928383036100eb5761025e60018060a01b035f54163314610bd3565b60018060a01b03165f52600260205260405f2092835460ff8160601c16156103245760681c60ff161515036102ac575b6001600160601b039150166001600160601b03198254161790555f80f35b8115610304576003545f1981019081116102f0576001600160601b03926102eb915b600355845460ff60681b191690151560681b60ff60681b16178455565b61028e565b634e487b7160e01b5f52601160045260245ffd5b600354600181018091116102f0576001600160601b03926102eb916102ce565b60405162461bcd60e51b815260206004820152600f60248201526e3737ba1030903b30b634b230ba37b960891b6044820152606490fd5b346100eb5760203660031901126100eb5760043567ffffffffffffffff81116100eb57366023820112156100eb5780600401359067ffffffffffffffff82116100eb5760248260051b8201013681116100eb576103c260018060a01b035f54163314610bd3565b6103cb83610c0c565b926103d96040519485610bb1565b83526024602084019201915b81831061068157835f5b600154811015610426578061040560019261104d565b838060a01b0391549060031b1c165f5260026020525f6040812055016103ef565b506001545f60015580610641575b505f905b805182101561063b576001600160a01b036104538383610ca9565b51169081151580610621575b156105ec576104d960405161047381610b95565b600180825260208083019182525f60408085018281528883526002909352902092518354925191516dffffffffffffffffffffffffffff199093166001600160601b03919091161790151560601b60ff60601b161790151560681b60ff60681b16179055565b600154680100000000000000008110156105d85782610501826001610525940160015561104d565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b6001545f1981019081116102f0575b80158015806105aa575b15610590575f198201918083116102f0576105779061050161055f8561104d565b905460039190911b1c6001600160a01b03169161104d565b1561053457634e487b7160e01b5f52601160045260245ffd5b506001926105016105a39295939561104d565b0190610438565b505f1982018281116102f0576105c0859161104d565b905460039190911b1c6001600160a01b03161161053e565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b50815f52600260205260ff60405f205460601c161561045f565b51600355005b60015f525f5b8181106106545750610434565b5f7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6820155600101610647565b82356001600160a01b03811681036100eb578152602092830192016103e5565b346100eb575f3660031901126100eb575f546040516001600160a01b039091168152602090f35b346100eb575f3660031901126100eb5760206040516127108152f35b346100eb5760403660031901126100eb5760043567ffffffffffffffff81116100eb57366023820112156100eb57806004013567ffffffffffffffff81116100eb5760248201818301913660248401116100eb5760243567ffffffffffffffff81116100eb57610758903690600401610b64565b94909360e08303610a615760e090829003126100eb5782356001600160a01b03811693908490036100eb5760448201359260648301359660848401359360c47f000000000000000000000000000000000000000000000000000000000000000091013503610a255760055496876109f5575f5b86036109be57888611610989576003548060011b90808204600214901517156102f0576003900493600185018095116102f05784831061094c576108429361083a60216040518381946020830196600160f81b88528484013781015f838201520301601f198101835282610bb1565b519020610cbd565b106109115761271084018094116102f0576040519160a083019183831067ffffffffffffffff8411176105d8575f967fba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb5279460609460405282815260046020820191858352604081018481528782019042825260808301948b86528c8e528460205260408e2093518455516001840155516002830155516003820155019060018060a01b039051166001600160601b0360a01b8254161790558660055560405192835260208301526040820152a4005b60405162461bcd60e51b8152602060048201526013602482015272322f332b31206e6f6e2d6d616a6f726974792160681b6044820152606490fd5b60405162461bcd60e51b81526020600482015260156024820152744e6f7420656e6f756768207369676e61747572657360581b6044820152606490fd5b60405162461bcd60e51b815260206004820152600d60248201526c496e76616c69642072616e676560981b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e125b98dbdc9c9958dd081cdd185c9d608a1b6044820152606490fd5b875f526004602052600260405f20015460018101809111156107cb57634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b8152602060048201526014602482015273125b9d985b1a5908189bdc8818da185a5b881a5960621b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e0c4c2c840c8c2e8c240d8cadccee8d608b1b6044820152606490fd5b346100eb5760203660031901126100eb576004355f52600460205260a060405f2080549060018101549060028101546003820154916004600180881b0391015416926040519485526020850152604084015260608301526080820152f35b346100eb5760203660031901126100eb576060906001600160a01b03610b1a610b4e565b165f52600260205260ff60405f20546001600160601b03811683528181851c161515602084015260681c1615156040820152f35b600435906001600160a01b03821682036100eb57565b9181601f840112156100eb5782359167ffffffffffffffff83116100eb57602080850194606085020101116100eb57565b6060810190811067ffffffffffffffff8211176105d857604052565b90601f8019910116810190811067ffffffffffffffff8211176105d857604052565b15610bda57565b60405162461bcd60e51b815260206004820152600a60248201526937b7363c9037bbb732b960b11b6044820152606490fd5b67ffffffffffffffff81116105d85760051b60200190565b60405190600154808352826020810160015f5260205f20925f5b818110610c55575050610c5392500383610bb1565b565b84546001600160a01b0316835260019485019487945060209093019201610c3e565b9190811015610c87576060020190565b634e487b7160e01b5f52603260045260245ffd5b5f1981146102f05760010190565b8051821015610c875760209160051b010190565b909291925f93610ccb610c24565b805191600354908184018094116102f05794610ce684610c0c565b93610cf46040519586610bb1565b808552610d03601f1991610c0c565b013660208601375f945f965f915f935b828510610d90575b50505050508060011b90808204600214901517156102f05760039004600181018091116102f057861015610d50575b50505050565b93909192935b8051851015610d8257610d6885610c9b565b94610d7c610d7586610c9b565b9585610ca9565b52610d56565b50925050505f808080610d4a565b60ff6040610daa879c9e9896999a9c869c9e989c86610c77565b01351695601b871061103b575b60ff5f9716601b81148015611031575b80610ff9575b610f57575b506001600160a01b0387811698908116898114610f40578910610f2e57885f52600260205260ff6040805f20815190610e0a82610b95565b54906001600160601b03821690818152848360601c16151594859384602084015260681c1615908115948591015282610f26575b5081610f1c575b5015610ed157505050610e5790610c9b565b95905b88518d1080610eb4575b15610e90578c610e8a610e838e9f610e7c9093610c9b565b9f9e610c9b565b9d8d610ca9565b52610e5a565b9193959b60019193959b999a989750610ea890610c9b565b995b0193919290610d13565b50876001600160a01b03610ec88f8c610ca9565b51161415610e64565b90809296989e9c939f9d9b9a506001949597995091610f14575b5015610eaa57610efa8b610c9b565b9a610f0e610f078c610c9b565b9b8b610ca9565b52610eaa565b90505f610eeb565b905015155f610e45565b91505f610e3e565b509b99979650849a9850839550610d1b565b5093959b99909c9a98975060019192949650610eaa565b602091975060805f918c84610f79610f70838b8b610c77565b35928a8a610c77565b01359060405192878452868401526040830152606082015282805260015afa15610fee575f51956001600160a01b03871615610fb5575f610dd2565b60405162461bcd60e51b8152602060048201526011602482015270496e76616c6964207369676e617475726560781b6044820152606490fd5b6040513d5f823e3d90fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060206110288d8888610c77565b01351115610dcd565b50601c8114610dc7565b95601b0160ff81116102f05795610db7565b600154811015610c875760015f5260205f2001905f9056",
}

// CheckpointManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use CheckpointManagerMetaData.ABI instead.
var CheckpointManagerABI = CheckpointManagerMetaData.ABI

// CheckpointManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CheckpointManagerMetaData.Bin instead.
var CheckpointManagerBin = CheckpointManagerMetaData.Bin

// DeployCheckpointManager deploys a new Ethereum contract, binding an instance of CheckpointManager to it.
func DeployCheckpointManager(auth *bind.TransactOpts, backend bind.ContractBackend, _childChainId *big.Int, _validators []common.Address) (common.Address, *types.Transaction, *CheckpointManager, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CheckpointManagerBin), backend, _childChainId, _validators)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// CheckpointManager is an auto generated Go binding around an Ethereum contract.
type CheckpointManager struct {
	CheckpointManagerCaller     // Read-only binding to the contract
	CheckpointManagerTransactor // Write-only binding to the contract
	CheckpointManagerFilterer   // Log filterer for contract events
}

// CheckpointManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type CheckpointManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CheckpointManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CheckpointManagerSession struct {
	Contract     *CheckpointManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CheckpointManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CheckpointManagerCallerSession struct {
	Contract *CheckpointManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CheckpointManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CheckpointManagerTransactorSession struct {
	Contract     *CheckpointManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CheckpointManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type CheckpointManagerRaw struct {
	Contract *CheckpointManager // Generic contract binding to access the raw methods on
}

// CheckpointManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CheckpointManagerCallerRaw struct {
	Contract *CheckpointManagerCaller // Generic read-only contract binding to access the raw methods on
}

// CheckpointManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactorRaw struct {
	Contract *CheckpointManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCheckpointManager creates a new instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManager(address common.Address, backend bind.ContractBackend) (*CheckpointManager, error) {
	contract, err := bindCheckpointManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// NewCheckpointManagerCaller creates a new read-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerCaller(address common.Address, caller bind.ContractCaller) (*CheckpointManagerCaller, error) {
	contract, err := bindCheckpointManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerCaller{contract: contract}, nil
}

// NewCheckpointManagerTransactor creates a new write-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*CheckpointManagerTransactor, error) {
	contract, err := bindCheckpointManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerTransactor{contract: contract}, nil
}

// NewCheckpointManagerFilterer creates a new log filterer instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*CheckpointManagerFilterer, error) {
	contract, err := bindCheckpointManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerFilterer{contract: contract}, nil
}

// bindCheckpointManager binds a generic wrapper to an already deployed contract.
func bindCheckpointManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.CheckpointManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transact(opts, method, params...)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CHECKPOINTIDINTERVAL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "CHECKPOINT_ID_INTERVAL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCaller) CheckSignatures(opts *bind.CallOpts, voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "checkSignatures", voteHash, sigs)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCallerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) ChildChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "childChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CurrentHeaderBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "currentHeaderBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCaller) HeaderBlocks(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "headerBlocks", arg0)

	outstruct := new(struct {
		Root      [32]byte
		Start     *big.Int
		End       *big.Int
		CreatedAt *big.Int
		Proposer  common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Start = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.End = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.CreatedAt = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Proposer = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCallerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerCaller) IsValidator(opts *bind.CallOpts, a common.Address) (bool, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "isValidator", a)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerSession) IsValidator(a common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, a)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerCallerSession) IsValidator(a common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, a)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCallerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) StakerCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "stakerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) StakerCount() (*big.Int, error) {
	return _CheckpointManager.Contract.StakerCount(&_CheckpointManager.CallOpts)
}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) StakerCount() (*big.Int, error) {
	return _CheckpointManager.Contract.StakerCount(&_CheckpointManager.CallOpts)
}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed)
func (_CheckpointManager *CheckpointManagerCaller) ValidatorState(opts *bind.CallOpts, arg0 common.Address) (struct {
	Stake  *big.Int
	Member bool
	Jailed bool
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validatorState", arg0)

	outstruct := new(struct {
		Stake  *big.Int
		Member bool
		Jailed bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Stake = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Member = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Jailed = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed)
func (_CheckpointManager *CheckpointManagerSession) ValidatorState(arg0 common.Address) (struct {
	Stake  *big.Int
	Member bool
	Jailed bool
}, error) {
	return _CheckpointManager.Contract.ValidatorState(&_CheckpointManager.CallOpts, arg0)
}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed)
func (_CheckpointManager *CheckpointManagerCallerSession) ValidatorState(arg0 common.Address) (struct {
	Stake  *big.Int
	Member bool
	Jailed bool
}, error) {
	return _CheckpointManager.Contract.ValidatorState(&_CheckpointManager.CallOpts, arg0)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCaller) Validators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCallerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidatorState(opts *bind.TransactOpts, validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidatorState", validator, stake, jailed)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidatorState(validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidatorState(&_CheckpointManager.TransactOpts, validator, stake, jailed)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidatorState(validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidatorState(&_CheckpointManager.TransactOpts, validator, stake, jailed)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidators(opts *bind.TransactOpts, _validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidators", _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SubmitCheckpoint(opts *bind.TransactOpts, data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "submitCheckpoint", data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// CheckpointManagerNewHeaderBlockIterator is returned from FilterNewHeaderBlock and is used to iterate over the raw logs and unpacked data for NewHeaderBlock events raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlockIterator struct {
	Event *CheckpointManagerNewHeaderBlock // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointManagerNewHeaderBlockIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointManagerNewHeaderBlock)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointManagerNewHeaderBlock)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointManagerNewHeaderBlockIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointManagerNewHeaderBlockIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointManagerNewHeaderBlock represents a NewHeaderBlock event raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlock struct {
	Proposer      common.Address
	HeaderBlockId *big.Int
	Reward        *big.Int
	Start         *big.Int
	End           *big.Int
	Root          [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewHeaderBlock is a free log retrieval operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) FilterNewHeaderBlock(opts *bind.FilterOpts, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (*CheckpointManagerNewHeaderBlockIterator, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.FilterLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerNewHeaderBlockIterator{contract: _CheckpointManager.contract, event: "NewHeaderBlock", logs: logs, sub: sub}, nil
}

// WatchNewHeaderBlock is a free log subscription operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) WatchNewHeaderBlock(opts *bind.WatchOpts, sink chan<- *CheckpointManagerNewHeaderBlock, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (event.Subscription, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.WatchLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointManagerNewHeaderBlock)
				if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewHeaderBlock is a log parse operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) ParseNewHeaderBlock(log types.Log) (*CheckpointManagerNewHeaderBlock, error) {
	event := new(CheckpointManagerNewHeaderBlock)
	if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
